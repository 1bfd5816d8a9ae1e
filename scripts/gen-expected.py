#!/usr/bin/env python3
"""Regenerate (or check) the expected output of the conformance corpus.

For every NAME.py in tests/conformance/ (or only the programs named on the
command line) this runs, from the corpus folder,

    python3 NAME.py < /dev/null > NAME.out 2> stderr
    # only if the exit status is not 0: last line of stderr > NAME.err
    # only if stderr is not empty: stderr > NAME.stderr, with the corpus
    # folder taken out of file paths (`File "NAME.py", line 3, in <module>`,
    # `NAME.py:8: SyntaxWarning: ...`) and object addresses written `0x…`

exactly as the public corpus README describes (NAME.stderr is the project's
own addition: the whole traceback, carets included), with the interpreter
running this script. It refuses to run under anything but CPython 3.11, because
CPython 3.11 is the oracle of the playground.

The 70 public programs came with CPython's own expected files. They are
pinned below by SHA-256 (program, .out, .err): the script never rewrites
them; it regenerates their output and fails if it is not identical byte for
byte (which would mean the local python3 is not the oracle, or a public file
was edited).

Usage:
    python3 scripts/gen-expected.py [NAME ...]      write NAME.out / NAME.err
    python3 scripts/gen-expected.py --check [NAME ...]
        write nothing; exit 1 if any .out/.err differs from python3's output
    python3 scripts/gen-expected.py --stability [NAME ...]
        write nothing; run every program with PYTHONHASHSEED=0, 1, 12345 and
        random, and from another directory, and exit 1 if any run differs
Options: --dir FOLDER (default: tests/conformance next to this script),
         --jobs N (parallel runs, default: number of CPUs).
Exit status: 0 on success, 1 on a failed check or a refused write, 2 on a
wrong interpreter or a usage error.
"""

import argparse
import re
import hashlib
import os
import platform
import subprocess
import sys
import tempfile

TIMEOUT_S = 20

# name: (sha256 of NAME.py, of NAME.out, of NAME.err or None), as published
# in the shared corpus (CPython 3.11.7, 64-bit Linux).
PUBLIC = {
    "cls_01_class_vs_instance_attrs": ("89ed42199eee81514af7c6a7c0ca166a6d7c909e57779c28af569a99e33b9559",
        "e8a663d0ee56ab1fe320634790c7e7de23b7e1e9c23bf9e5e595d7932476de3e",
        None),
    "cls_02_inheritance_mro": ("f9e0bb223845396b688831b1de44e8bb6d34f04365233f6615400e3e15a36087",
        "d7e9ed600bb573aa86501180ff50ac564fde772f35d6dc47876b03fcde3f50b3",
        None),
    "cls_03_property_static_class": ("b62228f86c20915ad2c091aa5731e5bb5086e3d73a9bcc3016782f658d08f717",
        "369cc6d9943d6067ecdfad15dd89d8d68807671c9ae8e309599045d4bfc0a539",
        None),
    "cls_04_dunder_operators": ("f28663f9a2709ef5ceb5d4ff60d63b6e77017c718726f10303148f7885ceb632",
        "954a00060936eacadb553a199936dc9c6c9a4a10d1c668f0d08ac7e9d1501734",
        None),
    "cls_05_container_protocol": ("f542d79a1184079940001fed51a50292e8a057713fa5f4197d34db8f2f075e37",
        "386ef762bd7965f058dfc405e3d105be049524eec46aac4cf59d1f13cc09794d",
        None),
    "cls_06_with_context_manager": ("52858052ada777ae6fa2c4285871059392d8e4ce3dee9f245fb5e1109f1980c4",
        "fee691632aaf0d126bdff265e669c266b2c516d1def796992cd0479ca6bdcd47",
        None),
    "copy_01_shallow_vs_deep": ("0522bae226ab7f8f0c3943f51f3e26dabc525a41b9d7be9bfaf7e7d73d76530b",
        "e512bb6a47771ba0a08be6e7d265a75885814b4626d78144436b2a9fb8913d46",
        None),
    "copy_02_shared_and_cyclic": ("e7ac0a1a77c7494dc8ee3ef30f4dc3d4815dddcf9ba5cebbf56706987b6b1935",
        "6be13a900da0f1eae5d5033de4f7781efca04178db903d8f33db690768df96c7",
        None),
    "copy_03_instances": ("d28d559f0d033ee15f96939f73df6fabe92f4d46acd1d146ce9f5080538331e7",
        "a90ad0b6e2756d8b0708c9135971c51da8eee49bbea25b4469d3ffed1f64c54b",
        None),
    "del_01_last_reference": ("bac536e9f24537181684481f2396dbde2344af6ebe63d479e4872aebb61f0452",
        "d0e0088403a2b083723cef15126889aefea5ae03b0109644985c6136b8ec2ec8",
        None),
    "del_02_container_order": ("0872745705aa2bc647abb76b954ace8152b70d25e9916b8ffc16f00763d6e326",
        "152175a5e0cd7827b483e172dc6d3b7623300510961f9a795d2c673433163fea",
        None),
    "del_03_rebinding": ("6ed3f64d001ced35ca383044356838979bd899806333b5debfd3ff5739f38d7e",
        "f773424147348c4afa5d714a86b1893a38658061c423fa5ebdd7ab592f3f4181",
        None),
    "del_04_function_exit": ("08c2b92bb6e636e7942887a9812880ed4ffeccc606adb4349b578a68cd391466",
        "f9223e7d371429bd5e37d631103d967d532acc6309461908d407bd6a03450baf",
        None),
    "del_05_owner_then_attrs": ("2a6231ef2eb723dfe5a96e94110ca06e0dd80347a38b6da4085a57672c77a7f0",
        "20f31a0de92814465ebb2dedc3b69d7d690fc6d58e1bdbf5327a128920a11e6a",
        None),
    "err_01_zero_division": ("271b04d72b33b58ca17711f35ffea55b2cf7c3442492bf99078e0b762e2bb14b",
        "0b3f52ab49d72134e38df71525d976c5ff516876a0a801a5fc21e93bcc637997",
        "30534d3ae01c0c0da446d29e40a79490b71e9d6d96e0a62e8331c6f1ba52abc8"),
    "err_02_index": ("a6cd6fa1e7c6668e7f153ebdc7637ea3f1de2a3f053c9b458c2a086517a25622",
        "39e2c8f921bc10bf89a8f058fa806473429b02cdd004ca2c3ecaf11b3accd3a1",
        "90f2dc740174968311c37987c42fa6c0ed3de1feced37266a48d3ff68e7f46b5"),
    "err_03_key": ("572c7cdf9823f874bb3fe9debfd71a9f2070eae4e5cee17ece9a83c5bcc7392c",
        "bfb7ffb35ea31e7a1b9732aafb83a697f98c4f74b69d48d6dd06cec19d18f0e3",
        "22abd4e8d464fbaae4f0538c5075c886c48ce9a4f1c93ccbdb2dc6e54bf1b80b"),
    "err_04_type_concat": ("fd9d04a9ed3817f028871d3c963340eed3a981b9d194e311f704bea79d817ee0",
        "74361f4167851f4af9939cb5e5878bc131318c48f5977c1d090ccd688ca8d7c4",
        "5498f8f3516e4fd71d0281b3f2ada2986994c5a0efbef231381d2ac07fa11fbb"),
    "err_05_custom_uncaught": ("6bff5420e3921cd3f5c3cbb2b35ed6d392f00652dfb62d5d35eb9f5c9c5b9166",
        "aaa4db2fc123a91330f9858297a08836f9d02dea50d8f65627f781413758a50c",
        "90c0879c19d6084f6fc7fa013512c52b34768ce0e0d1cf2855c4b985803481e0"),
    "err_06_raise_from": ("9938cbf0c8b1371d690017c54be532b39bff319aecb2791e0b1e577903c40f9e",
        "97ba8e11b9e73354423020e5655563dc0f22a2c077d58fea2953ba40dd529372",
        "15dd58d7b4625f9ff41f14af18117b40f737e25b771b1f4579182d3223539971"),
    "err_07_attribute": ("19f92f15bd98ba717543fa145271d25bdb448d7de8447eabbb973b8dfdd3b306",
        "3400e67bbd31c77feabf94984ae085b92995b3b75c2efa06e5770e1d0c62e946",
        "46f092901b1c130bcbf081ce85c0cc7b53c91fd981e4720903f75d3a5af694c1"),
    "exc_01_try_flow": ("e093decaa5bd97d86d3c7afca0b28a233bc93a95a14fb2c3ae93515ae7a73225",
        "9446a78b1215f4b0e650d06ec32265a1baa943a209aac74982def33e8c8c17e3",
        None),
    "exc_02_custom_raise_from": ("ecd1e6a245a29cf67aed9dc19dbd2668b99a2bd990957a5babc0ea4904a03031",
        "14a74f377b071e902d8a98f496be3dad3f74a005896ac3f862f97e0e4d07d3cb",
        None),
    "func_01_closures_decorator": ("39c5364c7483e2a88ffb1d4ed6ef1c7a6e9e0ade2e6d2e4c7c6bd086c9b69992",
        "35125677834072e8b693faf1d1b7bceff208867d864eda9bf98a836bba623a68",
        None),
    "func_02_late_binding": ("df283517746f7e22efeb90145929fc4f14dd65489d921cbe9b21b757c82e0946",
        "9f1ee05842e344cc3abe9bce54dec77a2b7d6b699bea5166a39b0ca06e75c874",
        None),
    "func_03_recursion_frames": ("a60ca3214361c7ed1aa3fa77e8256305a4c8073b1131363b2fc4d3809a6728f0",
        "d2ffabbe015caca676ab3e70fa288912996430ad6274b478304786a8982cb586",
        None),
    "func_04_generators": ("8ba2f1833a68f99b5e71bef9d2f7f4260eec639f6c5aed38747ac343871db3de",
        "36a62ccd91327991f010e5e05cb765c01f29210b1316f544ed8efd194a2eac5c",
        None),
    "func_05_args_kwargs": ("9af489f9439808efae7a951146662cc8db5244a137f4dae068b109d00b50390f",
        "d9166b1d988be3d212e21a7167b6437437dc8358ea3ffd96a93bc8db4fe62d32",
        None),
    "gc_01_lesson_collect": ("58d7cd90287f724b05b57f41fc006d01e8da6a0db3846681ee4127f0dccad889",
        "27b805bdeb49eb39ca08da7af6b07bf5a5eaf1fbda7ee9bbd9baa552f29cbef7",
        None),
    "gc_02_list_dict_cycles": ("1b6c34456aa5a3b2e4a6ae2fab361463b3239ea7c6e13508f435fdecd05bb885",
        "da2858ab64321fd38d180a8b373a12fa62db71659f006281495613ef710f5461",
        None),
    "gc_03_instance_cycle_del": ("f99437f6becf73313ef45f9e5bedfeaf74c5e710331c9fb6a9fbbde1e43daaab",
        "5f0b2cf7588da06275825c8af0ae3276eefd052405be21b5820d062292603410",
        None),
    "gc_04_disable_enable": ("5fa1c1216acd124d0db58bc5dcb0982029fba5a33016b5c33bff7916f22cc9ec",
        "61cccf21ababd31f809d2b48145555ebeaaeb5d3181c7488dec0d26078dff22c",
        None),
    "gc_05_threshold_auto": ("2a276f10c207cba678e48cad2f50bfb2d4008bb26b12d889b734229265f9726a",
        "a9a7de811078c3dc6f23c6edb0802feb0eaaafe23e91062e2fc1a994246d658a",
        None),
    "gc_06_is_tracked": ("20d4aa8103e72eb705135adb0012481ed2ea6b9615d9013952d278cbe67b8dc0",
        "1f70ade9613b2863346ed2ede0b31048fb4feb78c1221326efefc49276718c79",
        None),
    "gc_07_referrers_referents": ("1bfaf1fa15f3a996ed566f6d1f88a5442b9c796ee875371ce172204ad5703f9d",
        "e5acc23b0908f17e5b96db92dcb258d77cc007e3f31f05f78314eafa6fc7d18d",
        None),
    "gc_08_weakref": ("8f70236006835c2152c2ba8b6242a1893729c4a9f689c3f7f6b6917090572cc3",
        "3cc7713903c8932718535da4904c3e1d6f6d683ecf003a3b70e2e1ccf43ba23b",
        None),
    "lang_01_comprehensions": ("dd58796b2322e6f263a3dbf2cdbdbcd91cb5719a0e64ec32740c78716dc2b19d",
        "11864746f7521259faccd8029b330d78e7d8810f0535b3cf3097411669c76dae",
        None),
    "lang_02_slicing": ("e275f042fc64170ec8f738a5e742a0a1c754f074bbba871be75fa8db3ce9e6db",
        "64b545f89582380ac3a6649b8da06007ccefa30f6845c397f0eb623adba03af6",
        None),
    "lang_03_strings": ("6339a4c9fa63093f1a8ac8861163c3b187cdeb6a37ddf005b2c7e02d512bb0b1",
        "ca2a33c93745d7b0045351cbb9644efce87f4933a5320a4ace364459001dd686",
        None),
    "lang_04_fstrings_format": ("eac5b8ecfd6aaf2d57ff7ec7258734ad5bfd1333e624ac59d270eca9b9bfdc57",
        "e95dfd41f15d3911d97fb6961d8ce620cc9f4d1fc7fe0f1a57f2dc14e67d4f6a",
        None),
    "lang_05_float_repr": ("32230f01f87405506900f8e39d783d37847d5729d6406edd1f9f797201480fad",
        "8ab5d5bbb972d71d3ff9482e02b532250798f44794f446a8578c559c12c6e4bc",
        None),
    "lang_06_int_arith": ("f6a5e7977a69af319ad33ee05bddda32b23a073cc671b4f707c0d59e59e28b76",
        "5dfa33593f0ebffcae06bb781c47a834bcc662c149bc2bf93f5a9a57b3e87ffa",
        None),
    "lang_07_dicts_sets": ("4e7b52b916448fef43f17b84379e1a316329936b2a0c1297ac6dfed1901b3082",
        "acc848a762d3e94918bbfe260dadc130adc84ff92445f452de7232280e583a2b",
        None),
    "lang_08_sorted_builtins": ("da6364d257839afed99865ffb597dc8a14cc0b2693835f47b765abed737d5ee2",
        "5fc016cc81638c85758a51bffeb2850f8b7e0aba37f6cf315f802c3d4c7caa7c",
        None),
    "lang_09_control_flow": ("2c4dc7546f476e7c1520474c358c13537d4559a0e21561b1df0033caac8350fd",
        "c12d73bbe9dba35539621f4ddd60950c72d15483375fb04de24b5036bf419a5e",
        None),
    "mem_01_is_vs_eq": ("303cc50c80c25d0ebfb00cbc87deb4de2d049e9ce4967b94851b1de5d7f203c8",
        "c79a1dccb881f495059c7e46c1b5cd0192e6ca6253632bf6d124e5b878e307ce",
        None),
    "mem_02_small_int_cache": ("6109d4dd6668000f6c89b0bd8d3de6ada070772c64d87ff793ab4e5afffaaf50",
        "27314c67e7b095dda7cc4e607a0b4f9d96bda3c77355931ab7cb5e4f39acc8d5",
        None),
    "mem_03_constants_code_object": ("17138f50dd46e4e07839553c42fb105f94d227be7205230a3c321dfafbc8ed48",
        "d60715d7133bc2d6408fcdb3ed3e02620945a9db64afb88c9c61a395334f34dc",
        None),
    "mem_04_string_interning": ("7d5faea8e0b04537857a1ead8295f31e0f6edd673f56c789e5f89f2fb5ec081c",
        "5b17729e7d52d9435097be166287c88157e58a6933de5640ba22cb758eb46309",
        None),
    "mem_05_id_reuse": ("6b5f0d629a9979c08098ae89611def88e0e28b51510f861fe30cf6e344d4f55a",
        "d0b76a93a60b8785625c4ee1fece76a62fe7bd91687d47ec4ee551637f6f98bf",
        None),
    "mem_06_singletons": ("8e04110abaf8b038bfa9b8832b714cb3a7d5d487c50bec15ef38236ee3f213fe",
        "71d513676f3ebea988f7d8b418437c4bad004a2765c12dc22c79483618fa5f9e",
        None),
    "mem_07_getsizeof_scalars": ("b9ef389177ee9afdd29ab6dea3e1dd3be2e23260e2bfca74841a3c03377db069",
        "ac943389ebcfd7581df537f541a358c1c7648f582a5d850a35e03a7c638a2edf",
        None),
    "mem_08_getsizeof_containers": ("b5d5025c8c5a3a12f34043fae75cb8531586ac194b97bad2f9d8d487704d777b",
        "13597e0e3e0f05762e3f49c1c5f6f7909b27cfc20812a5480c076a45f76fbe8f",
        None),
    "mut_01_list_vs_tuple": ("e07f6e5b610c1e6d4a56a0db2eb1debd7ef5d7e6305e1766f5530ece9aeb2f54",
        "42e298dae2fa4d369fb687f8f7719db24c53208170ec0fc0c2077b6fce79ed26",
        None),
    "mut_02_str_immutable": ("e4f33e44b22988c79fad43f491cea916ed55cd9149934e6039fe1c0caa3d4d9b",
        "553c3cf977667de07d5d46284473744c79bad85747143596880511cb693cb7ad",
        None),
    "mut_03_iadd_vs_add": ("c91b917df7af1bfd742cf02a62881f8b9ac9d15dbbdb66da43e2c26d571eb4d6",
        "e5568bacf6145350b841e9bbc235e1fca9eaea2edf2e6d4bea2ed0d148eeaab0",
        None),
    "mut_04_list_multiplication": ("44c6ec45f73d451d1a33fc62e40b598877e5c8a2af6b43a318e4638cca7e7962",
        "8693c79d67b1c879dc1bbd5f141e0f44ccb3d3ec4b2c3dec5a7bff6cd20787ce",
        None),
    "mut_05_mutable_default": ("4b96ee0a3953341719a70c8573cdbf1bb457acc5164ad9644c53fc97a60b639c",
        "b4257ef60dff9640300712e3a637b525ee2aefb8abac26bd366e6f19824c35a3",
        None),
    "names_01_aliasing": ("3cbd1d5ab1b5aa7bf778aed1f018b9c7df08dbb1863b7698a7092e2be9d3ad74",
        "ffe2a19a91427dd1aa1150904e43625f80469a80829d6dd47f05229fa1e03d0f",
        None),
    "names_02_lesson_int_ids": ("ef391435ae6569f0dec104aa9fe16f3e757340ff8a3c46a7283a79a8a9d753bc",
        "4251007bbe5fd49855a896c6bbcd7bf75aef46e96f3862f6ed3ac86f67de71ef",
        None),
    "names_03_lesson_frames_globals": ("66e292d598a519d53ab11996e66f7493bce70f5c09ca259cf08603626781704b",
        "34b14fa1cbc00b052ab65d47e216872cfed4c9213ffc8a9c142be86a33ce5f3e",
        None),
    "names_04_param_passing": ("cac4d21472a62a20ceea976d283d3bbd04d1c2355e644bac24f4c587175933d5",
        "d0b2a3080ead086eb1f883978e55cbe4c31d480da11b935afd93e87b547cbd87",
        None),
    "names_05_global_nonlocal": ("7b1692f4c8fd894e67e00fc762fc53bcc972b2e561996446e7616f5f938586e8",
        "37ec6f8034c66ef0deb186e1928899e9a965871519083e1842a7a15765754527",
        None),
    "names_06_unpacking_swap": ("7c66379c8d0189757632ea0a197b47f41fb52181d587a61d749a376fa936a618",
        "11fba81fb3df093b7681bd9ab99973089fa7cdbe0de69e564228900ee037298c",
        None),
    "ref_01_lesson_getrefcount": ("56a1bf6ff78caff9d9de9e1bb37fee28466e173f50154a72bc0145bcbc8f7490",
        "f6acf9c6699f9f06450b3315c12e3339633ae7310251b3ba0c96c5621a4eb365",
        None),
    "ref_02_containers": ("e419a0ccc1ed4ae3692d5eb43cb62cd35d5161f31deecee6807882c7dcdd0f80",
        "8a191edbff03e797d381d57e5fc06967bcd04a7d00d07c2734b213c933446abe",
        None),
    "ref_03_attributes_methods": ("c8856434d276d623b5550a50a6dc7b6cb0cfa94defe0fc49b23b5a51622e3440",
        "34dcb01513f9e11129cf6f89b3974aa6d6653af4547cbc2c3dd64729dd6b6910",
        None),
    "ref_04_call_frames": ("0f714624678170dd548f7b6a56759a85e1317871a3abbf1ecc62dbc886b9b271",
        "5a1f09acc4883d20526008d554a1f120b3fd981d23194750668c9aca8e177c6a",
        None),
    "ref_05_closure_cells": ("af93fca1b0f5b7c5ab5f49e8b10052ff7659de17c1fd92fb3d6640e849e44025",
        "96a19b3ac6e77fa78f4e9ff62997b22d1eeea1548f0cbcb154e2ebf70198d7aa",
        None),
    "ref_06_default_values": ("76b2d1e2051f60433cd51dce591b8d364e61c28bd19d160d9625bd193d1e4bc1",
        "7c3fe2fbad64446c6545845a21c8b6402949a948b05e4adcb073a707920f020f",
        None),
}


def require_cpython_311():
    impl = platform.python_implementation()
    version = sys.version_info[:2]
    if impl != "CPython" or version != (3, 11):
        sys.stderr.write(
            "gen-expected.py: refusing to run: the expected output must come from "
            "CPython 3.11 (the playground's oracle), but this is %s %s (%s).\n"
            "Run it with a CPython 3.11 interpreter, e.g. `python3.11 %s`.\n"
            % (impl, platform.python_version(), sys.executable, sys.argv[0]))
        sys.exit(2)


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def last_line(data):
    """The last line of data, as `tail -n 1` prints it (with its newline)."""
    if not data:
        return b""
    body = data[:-1] if data.endswith(b"\n") else data
    return data[body.rfind(b"\n") + 1:]


def clean_env(hash_seed=None):
    # Variables such as PYTHONINTMAXSTRDIGITS, PYTHONWARNINGS or
    # PYTHONHASHSEED would change what a program prints: drop them all.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = hash_seed
    return env


class Run:
    """One run of a program: its stdout, stderr and exit status."""

    def __init__(self, corpus, name, cwd=None, hash_seed=None):
        program = os.path.join(corpus, name + ".py")
        self.corpus = corpus
        # From the corpus folder the program is named relatively, as in the
        # README (`python3 NAME.py`); from elsewhere by its absolute path.
        arg = name + ".py" if cwd is None else program
        self.error = None
        try:
            proc = subprocess.run(
                [sys.executable, arg], cwd=cwd or corpus, env=clean_env(hash_seed),
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.stdout = self.stderr = b""
            self.status = None
            self.error = "timed out after %d s" % TIMEOUT_S
            return
        self.stdout = proc.stdout
        self.stderr = proc.stderr
        self.status = proc.returncode
        if self.status not in (0, 1):
            self.error = "exit status %d (expected 0, or 1 for an uncaught exception); stderr: %r" % (
                self.status, last_line(self.stderr))

    @property
    def out(self):
        return self.stdout

    @property
    def whole_stderr(self):
        """The NAME.stderr content, or None when stderr is empty: file paths relative to
        the corpus, and object addresses (`at 0x7f...`, different at every run of
        CPython) written `0x…`, as tests/conformance.test.ts compares them."""
        if not self.stderr:
            return None
        text = self.stderr.replace(os.path.join(self.corpus, '').encode(), b'')
        return re.sub(rb'0x[0-9a-f]{6,}', '0x…'.encode(), text)

    @property
    def err(self):
        """The NAME.err content, or None when the run exited with status 0."""
        return None if self.status == 0 else last_line(self.stderr)

    def key(self):
        return (self.stdout, self.status, self.err, self.whole_stderr)


def first_difference(expected, actual):
    exp_lines = (expected or b"").split(b"\n")
    act_lines = actual.split(b"\n")
    for i, (e, a) in enumerate(zip(exp_lines, act_lines)):
        if e != a:
            return "line %d: expected %r, got %r" % (i + 1, e[:80], a[:80])
    return "expected %d lines, got %d" % (len(exp_lines) - 1, len(act_lines) - 1)


def compare_with_files(corpus, name, run):
    """Problems (a list of strings) between run and NAME.out/NAME.err on disk."""
    problems = []
    out_path = os.path.join(corpus, name + ".out")
    err_path = os.path.join(corpus, name + ".err")
    old_out = read_bytes(out_path)
    old_err = read_bytes(err_path)
    if old_out is None:
        problems.append("missing %s.out" % name)
    elif old_out != run.out:
        problems.append("%s.out differs: %s" % (name, first_difference(old_out, run.out)))
    if run.err is None and old_err is not None:
        problems.append("%s.err exists but python3 exits with status 0" % name)
    elif run.err is not None and old_err is None:
        problems.append("missing %s.err: python3 ends with %r" % (name, run.err))
    elif run.err is not None and old_err != run.err:
        problems.append("%s.err differs: expected %r, python3 gives %r" % (name, old_err, run.err))
    old_stderr = read_bytes(os.path.join(corpus, name + ".stderr"))
    if old_stderr != run.whole_stderr:
        problems.append("%s.stderr differs: %s" % (name, first_difference(old_stderr, run.whole_stderr or b"")))
    return problems


def check_public_pins(corpus, name):
    """Problems if a public program or its expected files were edited."""
    py_hash, out_hash, err_hash = PUBLIC[name]
    problems = []
    py = read_bytes(os.path.join(corpus, name + ".py"))
    out = read_bytes(os.path.join(corpus, name + ".out"))
    err = read_bytes(os.path.join(corpus, name + ".err"))
    if py is None or sha256(py) != py_hash:
        problems.append("public program %s.py differs from the published one" % name)
    if out is None or sha256(out) != out_hash:
        problems.append("public %s.out differs from the published one" % name)
    if (err is None) != (err_hash is None) or (err is not None and sha256(err) != err_hash):
        problems.append("public %s.err differs from the published one" % name)
    return problems


def write_if_changed(path, data):
    if read_bytes(path) == data:
        return False
    with open(path, "wb") as f:
        f.write(data)
    return True


def write_or_remove(corpus, filename, data, actions):
    """Writes corpus/filename when data is not None (and differs), removes it when data is None."""
    path = os.path.join(corpus, filename)
    if data is None:
        if os.path.exists(path):
            os.remove(path)
            actions.append("removed %s" % filename)
    elif write_if_changed(path, data):
        actions.append("wrote %s" % filename)


def generate(corpus, name):
    """Returns (problems, actions) for one program in write mode."""
    run = Run(corpus, name)
    if run.error:
        return ["%s.py: %s" % (name, run.error)], []
    actions = []
    # NAME.stderr is the project's own: written for the public programs too.
    write_or_remove(corpus, name + ".stderr", run.whole_stderr, actions)
    if name in PUBLIC:
        problems = check_public_pins(corpus, name) + compare_with_files(corpus, name, run)
        if problems:
            return ["refusing to overwrite the published expected output of %s: %s"
                    % (name, "; ".join(problems))], actions
        return [], actions
    if write_if_changed(os.path.join(corpus, name + ".out"), run.out):
        actions.append("wrote %s.out" % name)
    write_or_remove(corpus, name + ".err", run.err, actions)
    return [], actions


def check(corpus, name):
    run = Run(corpus, name)
    if run.error:
        return ["%s.py: %s" % (name, run.error)], []
    problems = compare_with_files(corpus, name, run)
    if name in PUBLIC:
        problems += check_public_pins(corpus, name)
    return problems, []


def stability(corpus, name):
    base = Run(corpus, name)
    if base.error:
        return ["%s.py: %s" % (name, base.error)], []
    problems = []
    with tempfile.TemporaryDirectory(prefix="gen-expected-") as elsewhere:
        variants = [("PYTHONHASHSEED=%s" % s, Run(corpus, name, hash_seed=s))
                    for s in ("0", "1", "12345", "random")]
        variants.append(("run from another directory", Run(corpus, name, cwd=elsewhere)))
        for label, run in variants:
            if run.error:
                problems.append("%s.py with %s: %s" % (name, label, run.error))
            elif run.key() != base.key():
                what = first_difference(base.out, run.out) if run.out != base.out else (
                    "status %r/%r, err %r/%r" % (base.status, run.status, base.err, run.err))
                problems.append("%s.py varies with %s: %s" % (name, label, what))
    return problems, []


def main():
    require_cpython_311()
    parser = argparse.ArgumentParser(
        description="Regenerate or check the conformance corpus's expected output with CPython 3.11.")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="verify every .out/.err against python3 without writing")
    mode.add_argument("--stability", action="store_true",
                      help="verify that output does not depend on PYTHONHASHSEED or the directory")
    parser.add_argument("--dir", help="corpus folder (default: tests/conformance)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("names", nargs="*", help="programs (NAME, NAME.py or a path)")
    args = parser.parse_args()

    from concurrent.futures import ThreadPoolExecutor

    here = os.path.dirname(os.path.abspath(__file__))
    corpus = os.path.abspath(args.dir or os.path.join(here, "..", "tests", "conformance"))
    if not os.path.isdir(corpus):
        sys.stderr.write("gen-expected.py: no corpus folder at %s\n" % corpus)
        return 2
    available = sorted(f[:-3] for f in os.listdir(corpus) if f.endswith(".py"))
    if args.names:
        names = []
        for arg in args.names:
            name = os.path.basename(arg)
            for suffix in (".py", ".out", ".err", ".stderr"):
                if name.endswith(suffix):
                    name = name[:-len(suffix)]
            if name not in available:
                sys.stderr.write("gen-expected.py: no program %s.py in %s\n" % (name, corpus))
                return 2
            names.append(name)
    else:
        names = available
    if not names:
        sys.stderr.write("gen-expected.py: no .py programs in %s\n" % corpus)
        return 2

    problems = []
    if not args.names:
        for name in sorted(PUBLIC):
            if name not in available:
                problems.append("public program %s.py is missing" % name)
        for f in sorted(os.listdir(corpus)):
            base, ext = os.path.splitext(f)
            if ext in (".out", ".err", ".stderr") and base not in available:
                problems.append("%s has no program %s.py" % (f, base))

    task = check if args.check else stability if args.stability else generate
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda n: task(corpus, n), names))
    actions = []
    for found, done in results:
        problems += found
        actions += done
    for line in actions:
        print(line)
    for line in problems:
        print("FAIL " + line)
    verb = "checked" if args.check else "checked for stability" if args.stability else "generated"
    print("%s %d programs with %s %s: %d problem(s)%s" % (
        verb, len(names), platform.python_implementation(), platform.python_version(),
        len(problems), "" if args.check or args.stability else ", %d file(s) changed" % len(actions)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
