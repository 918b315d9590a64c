// Package initialization across files: variables initialize in dependency
// order whatever file they are in; init functions run in the order of the
// files (a.go, b.go) and in source order within a file, before main.
package main

import "fmt"

var A = B + 1

func init() { fmt.Println("init a.go #1, A =", A) }

func init() { fmt.Println("init a.go #2") }

func main() { fmt.Println("main:", A, B, C, order) }
