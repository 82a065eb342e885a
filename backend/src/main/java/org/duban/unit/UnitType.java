package org.duban.unit;

/** Kinds of responsibility unit; prefectures are 市州, counties 县市区. */
public enum UnitType {
    PROVINCE, PREFECTURE, COUNTY, PROVINCIAL_DEPARTMENT, OTHER
}
