module fixture.test/greet

go 1.21
