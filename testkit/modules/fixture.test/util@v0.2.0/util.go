// Package util holds small string helpers.
package util

import "strings"

// Shout upper-cases s.
func Shout(s string) string {
	return strings.ToUpper(s)
}
