import MegaphoneSite

extension TermContext {
    init(_ link: TermLink) {
        self.init(name: link.name, url: link.url, count: link.count, slug: link.slug)
    }
}

extension Terms {
    func tag(_ name: String) -> TermContext { TermContext(link(.tag, name)) }
    func campaign(_ name: String) -> TermContext { TermContext(link(.campaign, name)) }
    func audience(_ name: String) -> TermContext { TermContext(link(.audience, name)) }
    func network(_ term: Term) -> TermContext { TermContext(link(.network, term.slug, label: term.name)) }
}
