package org.chronik.model;

/** Where an event's date came from. */
public enum DateSource { EXPRESSION, CONTEXT, CREATION_DATE, NONE }
