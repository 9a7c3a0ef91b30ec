// Package ansi wraps text in ANSI escape sequences.
package ansi

import "strconv"

// Wrap surrounds s with the SGR code and a reset.
func Wrap(code int, s string) string {
	return "\x1b[" + strconv.Itoa(code) + "m" + s + "\x1b[0m"
}
