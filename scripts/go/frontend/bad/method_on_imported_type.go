package main

import "strings"

func (b *strings.Builder) Foo() {}

func main() {}
