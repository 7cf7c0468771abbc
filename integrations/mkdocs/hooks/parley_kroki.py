"""Teaches mkdocs-kroki-plugin the `parley` diagram type (integrations/README.md).

The plugin renders only the diagram types on its own list and leaves any other fence, such as
```kroki-parley, untouched and without a word. Parley's server speaks Kroki's API
(GET /parley/{svg|png|pdf}/{encoded}), so adding the type to that list is all it takes. The
plugin reads the list when its `on_config` runs, which is after MkDocs loads this hook.
"""

from kroki.diagram_types import KrokiDiagramTypes

# The formats `parley serve` answers that a page can show; the plugin picks the first of its
# `file_types` (default: svg) that is here.
KrokiDiagramTypes._base_diagrams.setdefault("parley", ["svg", "png", "pdf"])
