/// The memberwise initializer of a struct, visible to the package's other targets (see
/// Sources/MegaphoneMacros/MemberwiseMacro.swift).
@attached(member, names: named(init))
public macro Memberwise() = #externalMacro(module: "MegaphoneMacros", type: "MemberwiseMacro")
