"""Coded errors and warnings, kept together so messages stay consistent and searchable."""


class Errors:
    """Error message templates; the code prefixes every message."""

    E001 = "E001 file not found: {path}"
    E002 = "E002 {path}: not a text file (binary content: {detail})"
    E003 = "E003 {path}: cannot decode as UTF-8 or Windows-1256 ({detail})"
    E004 = "E004 {path}: too large ({size} characters; the limit is {limit})"
    E005 = "E005 bad date {value!r}: expected YYYY-MM-DD"
    E006 = "E006 bad country code {value!r}: expected an ISO 3166-1 alpha-2 code such as IR"
    E007 = "E007 expected text as str, got {type_name}"
    E008 = "E008 {path}: is a directory, not a file"
    E009 = "E009 {path}: cannot read ({detail})"
    E010 = "E010 {path}: not a valid JSON Lines record ({detail})"
    E011 = "E011 unknown backend {name!r}; available backends are {names}"
    E012 = ("E012 backend {name!r} is not available: {reason}")
    E099 = "E099 internal error: {detail}"
    E100 = "E100 {file}:{line}: invalid JSON ({detail})"
    E101 = "E101 {file}:{line}: unknown keys {keys}; allowed keys are {allowed}"
    E102 = "E102 {file}:{line}: missing required keys {keys}"
    E103 = "E103 {file}:{line}: {field} has value {value!r}; allowed: {allowed}"
    E104 = "E104 {file}:{line}: duplicate id {id!r} (first defined at line {first_line})"
    E105 = "E105 {file}:{line}: {field} must be {expected}, got {value!r}"
    E106 = "E106 rules directory not found: {path}"
    E107 = "E107 {file}: invalid YAML ({detail})"
    E108 = "E108 {file}:{line}: name {name!r} conflicts with {other} (line {other_line})"


class Warnings:
    """Warning message templates that end up in a document's `warnings` list."""

    W001 = "W001 empty text: nothing to extract"
    W002 = "W002 no publication date found: relative dates left unresolved"
    W003 = "W003 text does not look like Persian (detected language: {language})"
    W004 = "W004 source country unknown: 'کشورمان' (our country) read as {country}"
    W005 = "W005 decoded as Windows-1256, not UTF-8"
    W006 = "W006 HTML markup removed before extraction"


class ExtractorError(Exception):
    """Base class of the errors the extractor raises on purpose."""


class InputError(ExtractorError):
    """Input that cannot be read as an article (missing, binary, undecodable, too large)."""


class BackendError(ExtractorError):
    """A model backend that cannot be used here (missing package or model files); the message says how to fix it."""


class RuleError(ExtractorError, ValueError):
    """A rule file that does not validate; the message names the file and line."""
