import Foundation

/// A value the templates can read, with what Mustache asks of it answered by the compiler.
/// swift-mustache reads `Any` and asks the runtime at every tag whether the value is a parent, a
/// sequence, a lambda, renderable, transformable…: on 10,000 items those casts were a quarter of a
/// first build (`swift_conformsToProtocol`), and copying a nested context into an `Any` at each
/// dotted name most of the retains. `@TemplateData` derives this conformance as it derives the
/// lookup swift-mustache uses, so both engines read the same fields.
public protocol TemplateValue {
    /// How a tag treats the value.
    var templateForm: TemplateForm { get }
    /// `first.rest…`: the field `first` (nil or absent: `.missing`, so the lookup goes on down the
    /// context stack), then each name of `rest` from it. Only objects have fields.
    func templateLookup(_ first: String, then rest: ArraySlice<String>) -> TemplateLookup
    /// A list's elements.
    var templateCount: Int { get }
    func templateElement(at index: Int) -> any TemplateValue
    /// `{{name(value)}}`: swift-mustache's transforms, nil where it has none.
    func templateTransform(_ name: String) -> (any TemplateValue)?
}

public enum TemplateForm {
    case text(String)
    case integer(Int)
    case flag(Bool)
    case list
    case object
}

public enum TemplateLookup {
    /// The first name is not a field here (or its value is nil): look further down the stack.
    case missing
    /// The first name is a field; the value at the end of the path, nil if a later name is not.
    case found((any TemplateValue)?)
}

extension TemplateValue {
    public var templateForm: TemplateForm { .object }
    public func templateLookup(_ first: String, then rest: ArraySlice<String>) -> TemplateLookup { .missing }
    public var templateCount: Int { 0 }
    public func templateElement(at index: Int) -> any TemplateValue { preconditionFailure("not a list") }
    public func templateTransform(_ name: String) -> (any TemplateValue)? { nil }
}

/// A field's value at the end of a path, for `@TemplateData`'s lookups: a nested context is read
/// in place, not copied into an existential for each name.
public func templateField<T: TemplateValue>(_ value: T, then rest: ArraySlice<String>) -> TemplateLookup {
    guard let next = rest.first else { return .found(value) }
    switch value.templateLookup(next, then: rest.dropFirst()) {
    case .missing: return .found(nil)
    case .found(let found): return .found(found)
    }
}

/// An optional field: nil is no field at all, as for swift-mustache (the lookup goes on down).
public func templateField<T: TemplateValue>(_ value: T?, then rest: ArraySlice<String>) -> TemplateLookup {
    guard let value else { return .missing }
    return templateField(value, then: rest)
}

extension String: TemplateValue {
    public var templateForm: TemplateForm { .text(self) }
    public func templateTransform(_ name: String) -> (any TemplateValue)? {
        switch name {
        case "empty": isEmpty
        case "capitalized": capitalized
        case "lowercased": lowercased()
        case "uppercased": uppercased()
        case "reversed": String(reversed())
        default: nil
        }
    }
}

extension Bool: TemplateValue {
    public var templateForm: TemplateForm { .flag(self) }
}

extension Int: TemplateValue {
    public var templateForm: TemplateForm { .integer(self) }
    public func templateTransform(_ name: String) -> (any TemplateValue)? {
        switch name {
        case "equalzero": self == 0
        case "plusone": self + 1
        case "minusone": self - 1
        case "even": (self & 1) == 0
        case "odd": (self & 1) == 1
        default: nil
        }
    }
}

extension Array: TemplateValue where Element: TemplateValue {
    public var templateForm: TemplateForm { .list }
    public var templateCount: Int { count }
    public func templateElement(at index: Int) -> any TemplateValue { self[index] }
    public func templateTransform(_ name: String) -> (any TemplateValue)? {
        switch name {
        case "first": first
        case "last": last
        case "reversed": Array(reversed())
        case "count": count
        case "empty": isEmpty
        case "sorted": sortedIfComparable()
        default: nil
        }
    }

    /// `sorted` is offered for lists of comparable values (text, numbers), as swift-mustache does.
    private func sortedIfComparable() -> (any TemplateValue)? {
        if let strings = self as? [String] { return strings.sorted() }
        if let numbers = self as? [Int] { return numbers.sorted() }
        return nil
    }
}

/// `{{index()}}`, `{{first()}}`…: where the current element of a list stands.
public struct SequencePosition: TemplateValue {
    var first: Bool
    var last: Bool
    var index: Int

    public func templateTransform(_ name: String) -> (any TemplateValue)? {
        switch name {
        case "first": first
        case "last": last
        case "index": index
        case "even": (index & 1) == 0
        case "odd": (index & 1) == 1
        default: nil
        }
    }
}
