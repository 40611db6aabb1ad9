package fr.portailcep.signature;

import java.util.Set;

/**
 * The origins a signing ceremony may come from, as the web layer knows them (the same set as the sign-in
 * ceremony's, including a test server's port known only once it listens). Implemented by the portal.
 */
public interface OriginesAutorisees {

    Set<String> origines();
}
