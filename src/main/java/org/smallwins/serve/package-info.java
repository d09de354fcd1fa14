/** The preview server: serves the site from memory on 127.0.0.1, rebuilds on change, reloads open tabs. */
package org.smallwins.serve;
