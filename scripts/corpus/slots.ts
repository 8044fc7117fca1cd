import type { Rng } from './rng';

const NAMES = ['Anna', 'Tom', 'Laura', 'Müller', 'Sophie', 'Carlos', 'María', 'Jean', 'Lukas', 'Chloé', 'Pedro', 'Emma', 'David', 'Fatima', 'Kenji', 'Olga', 'Ahmed', 'Julia', 'Marco', 'Lea'];
const COMPANIES = ['Acme GmbH', 'Northwind Ltd', 'Globex SA', 'Initech', 'Hooli', 'Soylent Corp', 'Umbrella SARL', 'Stark Industries', 'Pied Piper', 'Bäckerei Schmidt', 'Muebles García S.L.', 'Atelier Dupont', 'Contoso', 'Fabrikam Inc.'];
const PRODUCTS = ['CRM software', 'coffee machine', 'office chairs', 'accounting plan', 'Pro subscription', 'laptop', 'printer', 'cloud storage', 'espresso beans', 'standing desk'];
const CITIES = ['Berlin', 'Paris', 'Madrid', 'London', 'Lyon', 'Munich', 'Barcelona', 'Vienna', 'Zurich', 'New York'];
const DAYS: Record<string, string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì'],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag'],
};

export function fillSlots(template: string, language: string, rng: Rng): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'name':
        return rng.pick(NAMES);
      case 'company':
        return rng.pick(COMPANIES);
      case 'product':
        return rng.pick(PRODUCTS);
      case 'city':
        return rng.pick(CITIES);
      case 'day':
        return rng.pick(DAYS[language] ?? DAYS.en);
      case 'time':
        return language === 'en' && rng.chance(0.5) ? `${1 + rng.int(11)}${rng.pick(['am', 'pm', ':30 pm'])}` : `${8 + rng.int(10)}:${rng.pick(['00', '30', '15'])}`;
      case 'date':
        return `${1 + rng.int(28)}.${1 + rng.int(12)}.202${4 + rng.int(2)}`;
      case 'number':
        return `${rng.pick(['', 'INV-', 'RE-', 'F', '#', 'A'])}${1000 + rng.int(90000)}`;
      case 'amount':
        return amount(language, rng);
      case 'url':
        return `https://example.com/${rng.int(9999)}`;
      default:
        return slot;
    }
  });
}

function amount(language: string, rng: Rng): string {
  const value = (rng.int(500000) / 100).toFixed(2);
  if (language === 'en') return rng.chance(0.5) ? `$${value}` : `£${value}`;
  const [int, dec] = value.split('.');
  if (language === 'sv') return rng.chance(0.5) ? `${int},${dec} kr` : `SEK ${int},${dec}`;
  return rng.chance(0.5) ? `${int},${dec} €` : `EUR ${int},${dec}`;
}
