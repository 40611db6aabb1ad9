/**
 * Aiguillage (unité d’œuvre 0, CCTP §2.1.1) : quelques questions simples, sans compte, qui mènent à la prise de
 * rendez-vous ou indiquent l’opérateur le mieux placé (Apec, Cap emploi, Mission locale, France Travail, l’employeur
 * public, l’opérateur CEP d’une autre région) avec ses coordonnées. Chaque aiguillage est enregistré avec les données
 * de l’annexe 2 et son numéro national de dossier, y compris pour les personnes orientées ailleurs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Aiguillage (UO0)")
package fr.portailcep.aiguillage;
