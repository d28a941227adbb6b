import SwiftCompilerPlugin
import SwiftDiagnostics
import SwiftSyntax
import SwiftSyntaxMacros

/// `@TemplateData` on a template context: the compiler derives, from the stored properties as
/// declared, both what Mustache templates may read (`MustacheParent.child(named:)` for
/// swift-mustache and `TemplateValue.templateLookup` for Megaphone's renderer, switches, so no
/// Mirror reflection at each `{{tag}}`) and the page fingerprint (`Fingerprinted`), so a field
/// added to a context is rendered and fingerprinted with nothing else to touch. A field whose type
/// has no fingerprint does not compile, so it cannot be forgotten either.
public struct TemplateDataMacro: ExtensionMacro {
    public static func expansion(of node: AttributeSyntax, attachedTo declaration: some DeclGroupSyntax,
                                 providingExtensionsOf type: some TypeSyntaxProtocol, conformingTo protocols: [TypeSyntax],
                                 in context: some MacroExpansionContext) throws -> [ExtensionDeclSyntax] {
        guard let structure = declaration.as(StructDeclSyntax.self) else {
            throw MacroExpansionErrorMessage("@TemplateData applies to a struct: template contexts are plain values")
        }
        let fields = try storedProperties(of: structure)
        let access = structure.modifiers.contains { ["public", "package"].contains($0.name.text) }
            ? structure.modifiers.first { ["public", "package"].contains($0.name.text) }!.name.text + " " : ""
        let generics = structure.genericParameterClause?.parameters.map(\.name.text) ?? []
        let requirement = generics.isEmpty ? "" : " where " + generics.map { "\($0): Fingerprinted" }.joined(separator: ", ")

        let cases = fields.map { "case \"\($0)\": self.\($0)" }.joined(separator: "\n")
        let lookup: DeclSyntax = """
            extension \(type.trimmed): MustacheParent {
                \(raw: access)func child(named name: String) -> Any? {
                    switch name {
                    \(raw: cases)
                    default: nil
                    }
                }
            }
            """
        // The same fields for Megaphone's own renderer (TemplateValue.swift): a nested context is
        // read in place down a dotted name.
        let valueRequirement = generics.isEmpty ? "" : " where " + generics.map { "\($0): TemplateValue" }.joined(separator: ", ")
        let fieldCases = fields.map { "case \"\($0)\": templateField(self.\($0), then: rest)" }.joined(separator: "\n")
        let value: DeclSyntax = """
            extension \(type.trimmed): TemplateValue\(raw: valueRequirement) {
                \(raw: access)func templateLookup(_ first: String, then rest: ArraySlice<String>) -> TemplateLookup {
                    switch first {
                    \(raw: fieldCases)
                    default: .missing
                    }
                }
            }
            """
        let hashes = fields.map { "self.\($0).fingerprint(into: &hasher)" }.joined(separator: "\n")
        let fingerprint: DeclSyntax = """
            extension \(type.trimmed): Fingerprinted\(raw: requirement) {
                \(raw: access)func fingerprint(into hasher: inout StableHasher) {
                    \(raw: hashes)
                }
            }
            """
        return [lookup, value, fingerprint].compactMap { $0.as(ExtensionDeclSyntax.self) }
    }

    /// Every stored instance property, `let` or `var`, in declaration order (the fingerprint's
    /// order); computed and static properties are not data.
    static func storedProperties(of structure: StructDeclSyntax) throws -> [String] {
        var names: [String] = []
        for member in structure.memberBlock.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self),
                  !variable.modifiers.contains(where: { ["static", "class"].contains($0.name.text) }) else { continue }
            for binding in variable.bindings {
                if let accessors = binding.accessorBlock?.accessors {
                    // `{ … }` alone or with `get` is computed; `willSet`/`didSet` observe a stored value.
                    if case .accessors(let list) = accessors,
                       list.allSatisfy({ ["willSet", "didSet"].contains($0.accessorSpecifier.text) }) {
                    } else {
                        continue
                    }
                }
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    throw MacroExpansionErrorMessage("@TemplateData needs one name per property: split '\(binding.pattern.trimmed)'")
                }
                names.append(identifier.identifier.text.filter { $0 != "`" })
            }
        }
        return names
    }
}

@main
struct TemplateDataPlugin: CompilerPlugin {
    let providingMacros: [Macro.Type] = [TemplateDataMacro.self, MemberwiseMacro.self]
}
