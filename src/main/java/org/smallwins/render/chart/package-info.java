/** The progress charts, drawn at build time as inline SVG from plain data, with their text alternatives. */
package org.smallwins.render.chart;
