module fixture.test/util

go 1.21
