// Klientam adresētie teksti latviski (veidnes, paraksts). Pieklājīgā uzruna (Jūs), kā raksta klientu atbalsts.
import type { CustomerWords } from './en';

export const customerLv: CustomerWords = {
  greeting: 'Labdien, {name}!',
  'greeting.noName': 'Labdien!',
  signature: 'Ar cieņu\n{agent}\nKlientu atbalsts',
  'template.acknowledge': 'Paldies, ka sazinājāties ar mums. Jūsu ziņu esam saņēmuši un jau to izskatām; tiklīdz uzzināsim vairāk, sazināsimies ar Jums.',
  'template.moreInfo': 'Lai varētu palīdzēt, lūdzu, pastāstiet sīkāk: ko Jūs darījāt, ko gaidījāt un kas notika tā vietā? Arī ekrānuzņēmums ļoti noderēs.',
  'template.escalated': 'Jūsu jautājums ir nodots mūsu speciālistu komandai, kas to risinās tālāk. Jums nekas nav jādara: viņi Jums rakstīs šeit.',
  'template.solved': 'Mums šķiet, ka problēma ir atrisināta. Ja kaut kas joprojām nedarbojas, vienkārši atbildiet uz šo ziņu, un mēs turpināsim.',
};
