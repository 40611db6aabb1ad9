package fr.portailcep.compte;

/** Reads where the current request comes from; the web layer provides it. */
@FunctionalInterface
public interface OrigineCourante {

    OrigineRequete lire();
}
