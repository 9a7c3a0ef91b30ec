// Command hello is the example project the setup-gomod demo runs on.
package main

import (
	"fmt"

	"fixture.test/color"
	"fixture.test/greet"
	"fixture.test/util"
)

func main() {
	fmt.Println(color.Green(util.Shout(greet.Excited("gophers"))))
}
