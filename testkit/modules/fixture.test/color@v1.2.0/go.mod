module fixture.test/color

go 1.21

require fixture.test/ansi v0.3.0
