"""Training data and trainers for the statistical half (spaCy NER, stanza NER), built from the repository alone."""
