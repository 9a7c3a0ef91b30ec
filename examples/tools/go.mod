module example.test/hello/tools

go 1.21

require fixture.test/util v0.2.0
