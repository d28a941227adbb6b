import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate
import Mustache

/// Makes a template context readable by Mustache and fingerprinted for incremental rebuilds, both
/// derived from its stored properties by the compiler (Sources/TemplateDataMacros).
@attached(extension, conformances: MustacheParent, TemplateValue, Fingerprinted,
          names: named(child), named(templateLookup), named(fingerprint))
public macro TemplateData() = #externalMacro(module: "MegaphoneMacros", type: "TemplateDataMacro")
