/**
 * L’opérateur régional (titulaire d’un lot de l’accord-cadre de France compétences), ses sites et son équipe.
 * Le « numéro de structure » de l’annexe 2 est le site.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opérateur et sites")
package fr.portailcep.operateur;
