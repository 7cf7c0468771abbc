#include <hb.h>
#include <hb-ot.h>
#include <hb-subset.h>
#include <fontconfig/fontconfig.h>

/* From <pango/pangofc-fontmap.h> (libpangoft2), declared here with an untyped font map so this
   module does not pull in a second copy of Pango's headers next to CCairo's. Only the embedding's
   test hook uses it: a font map that reads its own fontconfig file. */
void pango_fc_font_map_set_config(void *fcfontmap, FcConfig *fcconfig);
