// The declaration is all: libFuzzer is linked by Fuzz/Package.swift.
