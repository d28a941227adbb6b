import SwiftSyntax
import SwiftSyntaxMacros

/// `@Memberwise` on a model struct: the memberwise initializer Swift synthesizes, made visible to
/// the package's other targets (Swift's own is internal), so the stage that builds a model (Parse)
/// need not live in the module that declares it (Model), and no one keeps a copy of the field list.
public struct MemberwiseMacro: MemberMacro {
    public static func expansion(of node: AttributeSyntax, providingMembersOf declaration: some DeclGroupSyntax,
                                 conformingTo protocols: [TypeSyntax], in context: some MacroExpansionContext) throws -> [DeclSyntax] {
        guard declaration.is(StructDeclSyntax.self) else {
            throw MacroExpansionErrorMessage("@Memberwise applies to a struct")
        }
        var parameters: [String] = []
        var assignments: [String] = []
        for member in declaration.memberBlock.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self),
                  !variable.modifiers.contains(where: { ["static", "class"].contains($0.name.text) }) else { continue }
            let isLet = variable.bindingSpecifier.text == "let"
            for binding in variable.bindings {
                if let accessors = binding.accessorBlock?.accessors {
                    guard case .accessors(let list) = accessors,
                          list.allSatisfy({ ["willSet", "didSet"].contains($0.accessorSpecifier.text) }) else { continue }
                }
                if isLet, binding.initializer != nil { continue }  // a constant already set
                guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                      let type = binding.typeAnnotation?.type.trimmedDescription else {
                    throw MacroExpansionErrorMessage("@Memberwise needs each stored property's type written out: '\(binding.trimmed)'")
                }
                // A stored closure escapes the initializer.
                let typeSyntax = binding.typeAnnotation!.type
                let isClosure = typeSyntax.is(FunctionTypeSyntax.self)
                    || typeSyntax.as(AttributedTypeSyntax.self)?.baseType.is(FunctionTypeSyntax.self) == true
                var parameter = "\(name): \(isClosure ? "@escaping " : "")\(type)"
                if let initial = binding.initializer?.value.trimmedDescription {
                    parameter += " = \(initial)"
                } else if !isLet, type.hasSuffix("?") {
                    parameter += " = nil"
                }
                parameters.append(parameter)
                assignments.append("self.\(name) = \(name)")
            }
        }
        return ["""
            package init(\(raw: parameters.joined(separator: ", "))) {
                \(raw: assignments.joined(separator: "\n"))
            }
            """]
    }
}
