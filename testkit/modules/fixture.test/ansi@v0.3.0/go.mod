module fixture.test/ansi

go 1.21
