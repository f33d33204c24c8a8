// Az ügyfélnek szóló szövegek magyarul (sablonok, aláírás). Magázás, ahogy egy ügyfélszolgálat ír.
import type { CustomerWords } from './en';

export const customerHu: CustomerWords = {
  greeting: 'Kedves {name}!',
  'greeting.noName': 'Tisztelt Ügyfelünk!',
  signature: 'Üdvözlettel:\n{agent}\nÜgyfélszolgálat',
  'template.acknowledge': 'Köszönjük, hogy megkeresett minket. Üzenetét megkaptuk, és már foglalkozunk vele; amint többet tudunk, jelentkezünk.',
  'template.moreInfo': 'Hogy tovább tudjunk segíteni, kérjük, írja meg részletesebben: mit tett, mire számított, és mi történt helyette? Egy képernyőkép is sokat segít.',
  'template.escalated': 'Az ügyét továbbítottam szakértő kollégáimnak, akik a továbbiakban intézik. Önnek nincs teendője: itt fognak jelentkezni.',
  'template.solved': 'Úgy látjuk, a problémát sikerült megoldani. Ha mégis valami nem működik, egyszerűen válaszoljon erre az üzenetre, és folytatjuk.',
};
