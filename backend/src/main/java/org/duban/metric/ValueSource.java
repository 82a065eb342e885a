package org.duban.metric;

/** How a figure reached Duban: typed into the form, a bulk import, or a system over the API. */
public enum ValueSource {
    FORM, IMPORT, API
}
