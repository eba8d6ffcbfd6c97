package org.chronik.model;

/** Kinds of actor, as in the gold format. */
public enum ActorType { COUNTRY, PERSON, ORGANIZATION, IGO, GROUP, LOCATION, EVENT }
