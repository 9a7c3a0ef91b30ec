module example.test/hello

go 1.21

require (
	fixture.test/color v1.2.0
	fixture.test/greet v1.1.0
	fixture.test/util v0.2.0
)

require fixture.test/ansi v0.3.0 // indirect
