/**
 * Makes new files for a writer: a whole journal ({@code init}) and one entry from an archetype
 * ({@code new}). Never overwrites: every file is created with {@code CREATE_NEW}.
 */
package org.smallwins.scaffold;
