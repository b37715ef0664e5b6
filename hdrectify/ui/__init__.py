"""The desktop window: one module per screen or dialog; models in ui/models, compiled forms in ui/forms."""
