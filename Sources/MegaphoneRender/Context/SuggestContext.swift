import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport
import Mustache

/// The "Suggest content" page: a form that e-mails the suggestion (no JavaScript needed), and
/// what its script needs to turn the answers into a content file of the repository.
@TemplateData
struct SuggestContext {
    var title: String
    /// The form's action: `mailto:ADDRESS?subject=…`, posted as text/plain (one `name=value` line
    /// per field in the e-mail's body).
    var mailAction: String
    var email: String
    /// The repository's new-file page, with `{filename}` and `{content}` to replace.
    var editorURL: String?
    /// Where the file goes, relative to the repository.
    var folder: String
    /// The network whose suggested message the form asks for: the first of site.yml's.
    var network: String
    var networkLabel: String
    var messageLimit: Int?

    init(options: SuggestionOptions, networks: [String], title: String, subject: String) {
        self.title = title
        email = options.email
        mailAction = "mailto:" + options.email + "?subject=" + TrackedLink.encode(subject)
        editorURL = options.editorURL
        folder = "content/items/"
        let chosen = networks.lazy.compactMap(Network.named).first ?? Network.named("linkedin")!
        network = chosen.id
        networkLabel = chosen.label
        messageLimit = chosen.limit
    }
}
