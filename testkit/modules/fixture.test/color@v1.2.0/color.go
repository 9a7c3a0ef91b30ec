// Package color colours terminal text.
package color

import "fixture.test/ansi"

// Green returns s in green.
func Green(s string) string {
	return ansi.Wrap(32, s)
}
