// Command tools is the second module of the example monorepo.
package main

import (
	"fmt"

	"fixture.test/util"
)

func main() {
	fmt.Println(util.Shout("tools"))
}
