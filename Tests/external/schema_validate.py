"""Validates YAML documents against Megaphone's JSON Schemas with Python's jsonschema, as an editor
would: reads a JSON list of {"file", "schema"} on standard input (front matter is the YAML between
the first two '---' lines of a Markdown file) and prints, per file, the keys each error is about.

YAML is loaded without the timestamp rule, so dates stay the text people wrote, as the YAML 1.2
loaders of editors keep them."""
import json
import sys

import jsonschema
import yaml


class TextDates(yaml.SafeLoader):
    pass


TextDates.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_matter(text):
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        raise ValueError("no front matter")
    end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    return "\n".join(lines[1:end])


def keys_of(error):
    """The top-level keys an error is about: its path, or the keys a required/additionalProperties
    rule names at the top."""
    if error.absolute_path:
        return [str(error.absolute_path[0])]
    if error.validator == "required":
        return [key for key in error.validator_value if key not in error.instance]
    if error.validator == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        return [key for key in error.instance if key not in allowed]
    return []


def main():
    results = []
    for request in json.load(sys.stdin):
        with open(request["file"], encoding="utf-8") as handle:
            text = handle.read()
        source = text if request["file"].endswith((".yml", ".yaml")) else front_matter(text)
        document = yaml.load(source, Loader=TextDates) or {}
        with open(request["schema"], encoding="utf-8") as handle:
            schema = json.load(handle)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        errors = [{"keys": keys_of(error), "message": error.message} for error in validator.iter_errors(document)]
        results.append({"file": request["file"], "errors": errors})
    json.dump(results, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
