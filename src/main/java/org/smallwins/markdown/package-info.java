/** Markdown to HTML: the only package that knows Flexmark. */
package org.smallwins.markdown;
