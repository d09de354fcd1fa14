/** Pages from the journal: the only package that knows FreeMarker; maps records to the documented theme model. */
package org.smallwins.render;
