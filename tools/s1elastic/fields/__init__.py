"""Field definitions: loading fields.yml files, ECS resolution, document validation, mappings."""
