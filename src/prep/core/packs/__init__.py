"""Question packs: strict YAML in, validated `Pack` values out, found in a documented order."""
