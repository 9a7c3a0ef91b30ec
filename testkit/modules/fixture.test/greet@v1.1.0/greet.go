// Package greet builds greetings.
package greet

// Hello returns a greeting for name.
func Hello(name string) string {
	return "Hello, " + name
}

// Excited returns a greeting for name with an exclamation mark (new in v1.1.0).
func Excited(name string) string {
	return Hello(name) + "!"
}
