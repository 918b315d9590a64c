package main

import "unsafe"

func uintptrOf(b *blob) uintptr { return uintptr(unsafe.Pointer(b)) }
