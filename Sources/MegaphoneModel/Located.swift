import MegaphoneSupport

/// A value read from front matter together with where it was written, so that a rule applied
/// later (a length limit, a missing target) can still point at the right line.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
