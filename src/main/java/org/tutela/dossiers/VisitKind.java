package org.tutela.dossiers;

/** How the physician sees the worker: at the place of stay, or at the service. */
public enum VisitKind {

	HOME_VISIT, CONVOCATION

}
