import { defineMove, t } from '../define';
import { desk, flat, floor, hand, hipHighlight, holds, leg, poses } from '../figure/notation';
import { deskBeside } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: [
    t(
      'Stand tall beside your desk and hold it with one hand.',
      'Ponte de pie junto al escritorio y sujétate a él con una mano.',
    ),
    t(
      'Bend the other knee and take hold of that ankle or your trouser leg behind you.',
      'Dobla la otra rodilla y agarra por detrás ese tobillo o la pernera del pantalón.',
    ),
    t(
      'Bring the knees side by side, the bent one pointing at the floor.',
      'Junta las rodillas, con la doblada apuntando al suelo.',
    ),
    t(
      'Tuck your pelvis and firm that buttock; the stretch moves up into the hip.',
      'Mete la pelvis y aprieta ese glúteo; el estiramiento sube hasta la cadera.',
    ),
    t(
      'Keep the standing knee soft and do not pull hard on the ankle.',
      'Mantén la rodilla de apoyo algo flexionada y no tires fuerte del tobillo.',
    ),
  ],
  cue: t(
    'Let the pelvis do the work, not the pulling hand.',
    'Deja que trabaje la pelvis, no la mano que sujeta.',
  ),
  cautions: [
    t(
      'Do not yank the heel toward your buttock; that strains the knee.',
      'No tires del talón hacia el glúteo de golpe: fuerza la rodilla.',
    ),
    t(
      'If you wobble even while holding the desk, choose a seated move instead.',
      'Si te tambaleas aun sujetándote al escritorio, elige mejor un ejercicio sentado.',
    ),
  ],
  easier: t(
    'Loop a scarf or strap around the ankle if you cannot reach it.',
    'Pasa una bufanda o una cinta por el tobillo si no llegas a agarrarlo.',
  ),
  harder: t(
    'Ease the bent knee a little behind your hip while keeping the pelvis tucked.',
    'Lleva la rodilla doblada un poco por detrás de la cadera sin dejar de meter la pelvis.',
  ),
  alt: t(
    'A person holds a desk with one hand and the other ankle behind them, knees side by side, and tucks the pelvis; the front of that thigh and hip is highlighted.',
    'Una persona se sujeta a un escritorio con una mano y agarra el otro tobillo por detrás, con las rodillas juntas, y mete la pelvis; se resalta la parte delantera de ese muslo y esa cadera.',
  ),
  figure: {
    view: 'side',
    showPelvis: true,
    props: [deskBeside],
    seconds: 5,
    highlight: hipHighlight('A', 5, 6),
    frames: poses(
      { legB: flat(floor(116)), armA: holds('ankleA', 'back') },
      {
        pelvis: [118, 115],
        torso: 181,
        tilt: 8,
        legA: leg(14, -132, -160),
        armB: hand(desk(140), 'back'),
      },
      {
        pelvis: [120, 116],
        torso: 180,
        tilt: -10,
        legA: leg(0, -145, -170),
        armB: hand(desk(141), 'back'),
      },
    ),
  },
});
