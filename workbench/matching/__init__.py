"""Claims across articles: is this the same claim as one the desk has seen (in either
language)? Pure functions over claim signatures and a learned model; the store keeps keys,
suggestions and decisions, and `suggest` decides what to suggest."""
